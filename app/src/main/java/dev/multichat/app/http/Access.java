package dev.multichat.app.http;

import java.util.Set;

/**
 * What a request may touch: everything ({@code admin}) or the sessions of named owners.
 *
 * @param admin whether every owner is in scope
 * @param owners the owners in scope when not admin
 */
public record Access(boolean admin, Set<String> owners) {

    /** Full access: the server runs without tokens (loopback only) or the token is admin. */
    public static final Access ADMIN = new Access(true, Set.of());

    /**
     * Normalises the owner set.
     *
     * @param admin whether every owner is in scope
     * @param owners the owners in scope when not admin
     */
    public Access {
        owners = Set.copyOf(owners);
    }

    /**
     * Whether an owner's sessions are in scope.
     *
     * @param owner the owner
     * @return true when this access may see and touch them
     */
    public boolean sees(String owner) {
        return admin || owners.contains(owner);
    }
}
