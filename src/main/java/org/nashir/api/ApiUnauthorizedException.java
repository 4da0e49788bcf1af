package org.nashir.api;

/** No credentials, or credentials that are wrong, expired or revoked: a 401. */
class ApiUnauthorizedException extends RuntimeException {

    ApiUnauthorizedException(String message) {
        super(message);
    }
}
