package example;

import dev.lambdashim.core.Context;
import java.util.logging.Logger;

/** Waits a second as on slow I/O; several of them run at once in one process with AWS_LAMBDA_MAX_CONCURRENCY. */
public class Slow {

    private static final Logger LOG = Logger.getLogger("slow");

    public static String handle(Context context) throws InterruptedException {
        LOG.info("handling " + context.requestId());
        Thread.sleep(1000);
        LOG.info("done " + context.requestId());
        return context.requestId() + " with AWS_LAMBDA_MAX_CONCURRENCY=" + System.getenv("AWS_LAMBDA_MAX_CONCURRENCY");
    }
}
