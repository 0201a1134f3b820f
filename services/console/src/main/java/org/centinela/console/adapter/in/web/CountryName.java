package org.centinela.console.adapter.in.web;

import java.util.Locale;

/** A country as a page names it: its name in the page's language with its ISO 3166 code, {@code Guatemala (GT)}. */
final class CountryName {

    private CountryName() {
    }

    /** {@code code}'s name in {@code language} with the code; the code alone when Java knows no name for it. */
    static String of(String code, String language) {
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
