package io.khulasa.server;

/**
 * A request the server refuses, with the HTTP status and the body {@code {"error": code, "detail": detail}}.
 * The detail is one line naming the field or document at fault; it never carries a stack trace.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String detail) {
        super(detail, null, false, false); // no stack trace: this is an answer, not a failure
        this.status = status;
        this.code = code;
    }

    /** A 400 with the given code. */
    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, code, detail);
    }

    public int status() { return status; }
    public String code() { return code; }
    public String detail() { return getMessage(); }
}
