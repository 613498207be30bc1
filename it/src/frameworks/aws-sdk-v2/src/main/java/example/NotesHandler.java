package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Notes kept in S3: stores a note, reads it back, or hands out a link to it. The clients are built once, at init, as
 * AWS's guidance for Lambda sets them up: the region and credentials from the environment Lambda gives the function,
 * the URL-connection HTTP client. S3_ENDPOINT (optional) points them at an S3-compatible server.
 */
public class NotesHandler implements RequestHandler<Map<String, String>, Map<String, String>> {

    private static final String BUCKET = System.getenv().getOrDefault("BUCKET", "example-notes");
    private static final Region REGION = Region.of(System.getenv("AWS_REGION"));
    private static final String ENDPOINT = System.getenv("S3_ENDPOINT");

    private final S3Client s3;
    private final S3Presigner presigner;

    public NotesHandler() {
        S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(ENDPOINT != null).build();
        var client = S3Client.builder()
                .region(REGION)
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.builder().build())
                .serviceConfiguration(pathStyle);
        var links = S3Presigner.builder()
                .region(REGION)
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .serviceConfiguration(pathStyle);
        if (ENDPOINT != null) {
            client.endpointOverride(URI.create(ENDPOINT));
            links.endpointOverride(URI.create(ENDPOINT));
        }
        s3 = client.build();
        presigner = links.build();
    }

    @Override
    public Map<String, String> handleRequest(Map<String, String> event, Context context) {
        String key = event.get("key");
        switch (event.getOrDefault("action", "")) {
            case "put": {
                PutObjectResponse put = s3.putObject(r -> r.bucket(BUCKET).key(key).contentType("text/plain")
                        .metadata(Map.of("request-id", context.getAwsRequestId())),
                        RequestBody.fromString(event.get("text")));
                return Map.of("key", key, "etag", put.eTag());
            }
            case "get": {
                ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key));
                return Map.of("key", key, "text", got.asUtf8String(), "contentType", got.response().contentType(),
                        "bytes", Long.toString(got.response().contentLength()));
            }
            case "link": {
                Duration valid = Duration.ofMinutes(Long.parseLong(event.getOrDefault("minutes", "15")));
                String url = presigner.presignGetObject(r -> r.signatureDuration(valid)
                        .getObjectRequest(g -> g.bucket(BUCKET).key(key))).url().toString();
                return Map.of("key", key, "url", url);
            }
            default:
                throw new IllegalArgumentException("action must be put, get or link: " + event.get("action"));
        }
    }
}
