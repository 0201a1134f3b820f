package org.centinela.console.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service says by a code, said in the reader's words: {@code key} looked up in her words, its arguments put
 * in for {@code {0}}, {@code {1}} … Nothing when she has no words for it or they ask for an argument the service did
 * not give (none at that place, or null): the caller then keeps the service's own (English) sentence, so that
 * something true is always shown.
 */
final class CodedWords {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    private CodedWords() {
    }

    static Optional<String> of(String key, List<String> args, Map<String, String> t) {
        String words = t.get(key);
        if (words == null) {
            return Optional.empty();
        }
        StringBuilder said = new StringBuilder();
        Matcher argument = ARGUMENT.matcher(words);
        while (argument.find()) {
            int index = Integer.parseInt(argument.group(1));
            if (index >= args.size() || args.get(index) == null) {
                return Optional.empty();
            }
            argument.appendReplacement(said, Matcher.quoteReplacement(args.get(index)));
        }
        argument.appendTail(said);
        return Optional.of(said.toString());
    }
}
