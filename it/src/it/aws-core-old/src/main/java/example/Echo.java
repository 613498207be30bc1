package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A stream handler on the oldest handler API: the raw event back, with the request id in front. */
public class Echo implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write(("[" + context.getAwsRequestId() + "] ").getBytes(StandardCharsets.UTF_8));
        input.transferTo(output);
    }
}
