package se.samverka.registerimport;

/** Where an import is: waiting for the administrator, waiting for or in its job, or finished. */
public enum ImportStatus {
    PREVIEW,
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
