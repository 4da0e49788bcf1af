package org.nashir.api;

import org.nashir.shared.Problem;
import org.springframework.http.HttpStatus;

/** No credentials, or credentials that are wrong, expired or revoked: a 401. */
class ApiUnauthorizedException extends Problem {

    ApiUnauthorizedException(String key) {
        super(HttpStatus.UNAUTHORIZED, "problem.unauthorized", key);
    }
}
