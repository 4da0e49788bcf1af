package org.nashir.backup;

import org.nashir.shared.Messages;

/** A backup that cannot be written or restored, with the reason for the operator. */
public class BackupException extends RuntimeException {

    public BackupException(String key, Object... args) {
        super(Messages.text(key, args));
    }

    public BackupException(Throwable cause, String key, Object... args) {
        super(Messages.text(key, args), cause);
    }
}
