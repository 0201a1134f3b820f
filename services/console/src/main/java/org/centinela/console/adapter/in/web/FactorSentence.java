package org.centinela.console.adapter.in.web;

import java.util.Map;
import org.centinela.contracts.signal.RiskFactor;

/**
 * A reason risk-scoring gave for a score, said in the reader's language: {@code factor.<code>} in her words
 * ({@code factor.type.panic}, {@code factor.baseline}), else the words of its family for the codes that end in a
 * name of their own ({@code keyword.hombres-armados} → {@code factor.keyword}, {@code zone.zona-18} →
 * {@code factor.zone}), with the factor's args. A factor she has no words for keeps risk-scoring's explanation.
 */
final class FactorSentence {

    private FactorSentence() {
    }

    static String of(RiskFactor factor, Map<String, String> t) {
        String code = factor.code();
        int dot = code.indexOf('.');
        String key = t.containsKey("factor." + code) || dot < 0 ? "factor." + code : "factor." + code.substring(0, dot);
        return CodedWords.of(key, factor.args(), t).orElse(factor.explanation());
    }
}
