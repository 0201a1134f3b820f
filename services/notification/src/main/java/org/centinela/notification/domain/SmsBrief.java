package org.centinela.notification.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.centinela.contracts.alert.AlertBrief;

/**
 * The brief as one SMS of at most {@value #MAX_SEGMENTS} segments: who she is, the first words she wrote (an
 * update: her latest), her last place as coordinates with its map link and the time of that fix in her country,
 * and the link to the brief page. The words around them come from the reader's language (a template); this
 * composer makes the whole fit.
 * <p>
 * The text goes as written when it fits whole in its encoding (UCS-2 as soon as one character is not GSM-7).
 * When it does not, it goes in GSM-7 (accents dropped, as {@code notification.sms.gsm7-only} would: 459 septets
 * instead of 201 units, so more of her words survive; the page has them as written), and her words are cut
 * first, with an ellipsis, then the organisation, then the name. The code, the place, the time and both links
 * are never cut.
 *
 * @param code         the alert's code
 * @param name         the name her network knows her by; null when nobody knows it yet
 * @param organisation her organisation; null for none
 * @param words        her words on one line; null when she wrote none
 * @param coordinates  her last place, {@code lat,lon}; null when no signal carried one
 * @param mapUrl       its OpenStreetMap link; null without a place
 * @param time         when that place was taken, in her country's time; null without a place
 * @param link         the brief page's link
 * @param update       whether it is an update of a brief sent before
 */
public record SmsBrief(String code, String name, String organisation, String words, String coordinates, String mapUrl,
        String time, String link, boolean update) {

    public static final int MAX_SEGMENTS = 3;

    public SmsBrief {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(link, "link must not be null");
        if ((coordinates == null) != (mapUrl == null) || (mapUrl == null) != (time == null)) {
            throw new IllegalArgumentException("a place comes with its coordinates, map link and time");
        }
        name = blankToNull(name);
        organisation = blankToNull(organisation);
        words = blankToNull(Excerpt.oneLine(words));
    }

    /** The SMS of {@code brief} (an update says her latest words, the brief her first), with the page's {@code link}. */
    public static SmsBrief of(AlertBrief brief, String link, boolean update) {
        List<String> written = brief.signals().stream().map(AlertBrief.BriefSignal::text)
                .filter(text -> text != null && !text.isBlank()).toList();
        String words = written.isEmpty() ? null : update ? written.get(written.size() - 1) : written.get(0);
        CountryTime time = CountryTime.of(brief.country());
        return brief.latestLocated()
                .map(place -> new SmsBrief(brief.alertCode(), brief.displayName(), brief.organisation(), words,
                        MapLink.coordinates(place.location()), MapLink.of(place.location()),
                        time.time(place.locatedAt()), link, update))
                .orElseGet(() -> new SmsBrief(brief.alertCode(), brief.displayName(), brief.organisation(), words,
                        null, null, null, link, update));
    }

    /** The text that {@code render} writes of this brief, made to fit in {@value #MAX_SEGMENTS} segments. */
    public SmsText fit(Function<SmsBrief, String> render, boolean gsm7Only) {
        SmsText whole = text(render, this, gsm7Only);
        if (whole.segments() <= MAX_SEGMENTS) {
            return whole;
        }
        SmsBrief cut = this;
        if (fits(render, cut)) {
            return text(render, cut, true);
        }
        for (Part part : Part.values()) {
            // Here cut does not fit: the part is cut to the most that does, or left out and the next one cut.
            String full = part.of(cut);
            if (full == null) {
                continue;
            }
            SmsBrief without = part.with(cut, null);
            if (!fits(render, without)) {
                cut = without;
                continue;
            }
            int kept = 0;
            int tooMany = full.codePointCount(0, full.length());
            while (tooMany - kept > 1) {
                int middle = (kept + tooMany) >>> 1;
                if (fits(render, part.with(cut, Excerpt.cut(full, middle)))) {
                    kept = middle;
                } else {
                    tooMany = middle;
                }
            }
            return text(render, kept == 0 ? without : part.with(cut, Excerpt.cut(full, kept)), true);
        }
        throw new IllegalStateException("the SMS of a brief has no room for anything of hers within "
                + MAX_SEGMENTS + " segments");
    }

    /** Lengths only: her name, words and place are not logged. */
    @Override
    public String toString() {
        return "SmsBrief[code=" + code + ", update=" + update + ", personal data withheld]";
    }

    private static boolean fits(Function<SmsBrief, String> render, SmsBrief brief) {
        return text(render, brief, true).segments() <= MAX_SEGMENTS;
    }

    private static SmsText text(Function<SmsBrief, String> render, SmsBrief brief, boolean gsm7) {
        SmsText text = new SmsText(render.apply(brief));
        return gsm7 ? text.toGsm7() : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What may be cut, in the order it is cut. */
    private enum Part {
        WORDS, ORGANISATION, NAME;

        String of(SmsBrief brief) {
            return switch (this) {
                case WORDS -> brief.words;
                case ORGANISATION -> brief.organisation;
                case NAME -> brief.name;
            };
        }

        SmsBrief with(SmsBrief b, String value) {
            return switch (this) {
                case WORDS -> new SmsBrief(b.code, b.name, b.organisation, value, b.coordinates, b.mapUrl, b.time, b.link, b.update);
                case ORGANISATION -> new SmsBrief(b.code, b.name, value, b.words, b.coordinates, b.mapUrl, b.time, b.link, b.update);
                case NAME -> new SmsBrief(b.code, value, b.organisation, b.words, b.coordinates, b.mapUrl, b.time, b.link, b.update);
            };
        }
    }
}
