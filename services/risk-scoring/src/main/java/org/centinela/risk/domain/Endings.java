package org.centinela.risk.domain;

/**
 * A set of word endings (lowercase a–z), searched from the last letter of a word backwards so that
 * the longest ending that fits is found in one pass.
 */
final class Endings {

    private final Node root = new Node();

    private Endings(String... endings) {
        for (String ending : endings) {
            Node node = root;
            for (int i = ending.length() - 1; i >= 0; i--) {
                node = node.childOrNew(ending.charAt(i));
            }
            node.ending = true;
        }
    }

    static Endings of(String... endings) {
        return new Endings(endings);
    }

    /**
     * Where the longest of these endings begins in {@code word}, among those that leave at least
     * {@code minStem} characters before them; {@code word.length()} when none does.
     */
    int longestCut(String word, int minStem) {
        int cut = word.length();
        Node node = root;
        for (int i = word.length() - 1; i >= minStem; i--) {
            node = node.child(word.charAt(i));
            if (node == null) {
                break;
            }
            if (node.ending) {
                cut = i;
            }
        }
        return cut;
    }

    /** Whether {@code word} ends with one of these endings. */
    boolean endsOneOf(String word) {
        Node node = root;
        for (int i = word.length() - 1; i >= 0; i--) {
            node = node.child(word.charAt(i));
            if (node == null) {
                return false;
            }
            if (node.ending) {
                return true;
            }
        }
        return false;
    }

    private static final class Node {
        private final Node[] children = new Node[26];
        private boolean ending;

        Node child(char c) {
            int index = c - 'a';
            return index >= 0 && index < 26 ? children[index] : null;
        }

        Node childOrNew(char c) {
            int index = c - 'a';
            if (index < 0 || index >= 26) {
                throw new IllegalArgumentException("an ending is made of the letters a to z, not '" + c + "'");
            }
            if (children[index] == null) {
                children[index] = new Node();
            }
            return children[index];
        }
    }
}
