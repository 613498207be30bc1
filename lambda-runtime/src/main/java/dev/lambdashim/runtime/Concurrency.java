package dev.lambdashim.runtime;

/**
 * How many invocations the runtime keeps in flight: {@code AWS_LAMBDA_MAX_CONCURRENCY}, which Lambda sets for a
 * function on Lambda Managed Instances ("Managed Instances can accept concurrent /next and /response requests up to
 * the configured AWS_LAMBDA_MAX_CONCURRENCY limit", Runtime API reference). Unset means one at a time, as on
 * Lambda's default capacity.
 *
 * @param invocations 1 or more
 * @param problem what was wrong with the variable (reported once at start-up), or {@code null}
 */
record Concurrency(int invocations, String problem) {

    static final String VARIABLE = "AWS_LAMBDA_MAX_CONCURRENCY";

    static Concurrency parse(String value) {
        if (value == null || value.isBlank()) {
            return new Concurrency(1, null);
        }
        String text = value.strip();
        int invocations = 0;
        try {
            // Digits only: parseInt would also take "+8"
            invocations = text.charAt(0) == '+' ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException notWholeOrTooLarge) {
            invocations = 0;
        }
        if (invocations < 1) {
            return new Concurrency(1, VARIABLE + " is '" + value + "', which is not a positive whole number;"
                    + " running one invocation at a time");
        }
        return new Concurrency(invocations, null);
    }
}
