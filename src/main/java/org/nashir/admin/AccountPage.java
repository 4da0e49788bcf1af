package org.nashir.admin;

import java.util.List;

/** The signed-in person's account: the password form and their API tokens. */
public record AccountPage(AdminLayout layout, String error, List<TokenLine> tokens, List<Choice> scopes,
        String issuedToken) {

    public record TokenLine(long id, String name, String prefix, String scopes, String created, String lastUsed,
            String revoked) {
    }
}
