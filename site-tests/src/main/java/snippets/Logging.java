package snippets;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

// The site's "Logs": each call below is one log record (one CloudWatch event), stack traces included.
public class Logging implements Handler<String, String> {
    private static final Logger LOG = Logger.getLogger(Logging.class.getName());

    @Override
    public String handle(String order, Context context) {
        LOG.info("order " + order + " received");                         // INFO, JUL
        LOG.fine(() -> "details: " + order);                              // DEBUG: dropped below AWS_LAMBDA_LOG_LEVEL
        System.out.println("two lines,\nstill one record");               // INFO, one record
        try {
            Integer.parseInt(order);
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "not a number: " + order, e);          // WARN, with the stack trace
        }
        return order;
    }
}
