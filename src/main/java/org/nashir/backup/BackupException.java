package org.nashir.backup;

/** A backup that cannot be written or restored, with the reason for the operator. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
