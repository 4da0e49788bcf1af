package org.nashir.shared;

import org.springframework.http.HttpStatus;

/** Something a reader asked for does not exist (or is not public): always a 404, never a 500. */
public class NotFoundException extends Problem {

    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "غير موجود", what);
    }

    /** The message names what was looked for, for the log; people are told this. */
    @Override
    public String detail() {
        return "لم نجد ما طلبته؛ ربما حُذف.";
    }
}
