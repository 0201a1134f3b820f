package org.centinela.testing.fuzz;

import java.util.Objects;
import java.util.Set;

/**
 * Who a fuzz run's requests are sent as.
 *
 * @param name  how findings name it ({@code operator}, {@code responder}, {@code anonymous})
 * @param token the bearer token sent in {@code Authorization}, null for none
 * @param roles the roles the token carries, when the caller knows them: an operation whose security requirement
 *              names roles, none of them among these, must not answer it 2xx; empty when unknown
 */
public record Credential(String name, String token, Set<String> roles) {

    public Credential {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    /** No token at all. */
    public static Credential anonymous() {
        return new Credential("anonymous", null, Set.of());
    }

    /** A bearer token carrying these roles (none given: roles unknown). */
    public static Credential bearer(String name, String token, String... roles) {
        return new Credential(name, Objects.requireNonNull(token, "token"), Set.of(roles));
    }

    public boolean isAnonymous() {
        return token == null;
    }

    @Override
    public String toString() {
        return name;
    }
}
