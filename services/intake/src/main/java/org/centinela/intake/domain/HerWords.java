package org.centinela.intake.domain;

/**
 * What she wrote where no PIN cancels anything (an alarm's words, a report, a check-in's note), ready to be kept or
 * sent on: her PIN and her duress PIN withheld, and whether her duress PIN was there, which makes it DURESS.
 * Personal data: {@link #toString()} withholds the text.
 *
 * @param text   her words with {@link PinLikeNumbers#WITHHELD} for her PINs; null if she wrote nothing
 * @param duress whether her duress PIN was among them
 */
public record HerWords(String text, boolean duress) {

    @Override
    public String toString() {
        return "HerWords[text=" + (text == null ? "none" : "withheld") + ", duress=" + duress + "]";
    }
}
