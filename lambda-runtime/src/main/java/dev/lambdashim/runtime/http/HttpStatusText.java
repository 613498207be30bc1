package dev.lambdashim.runtime.http;

/** The ALB's {@code statusDescription}: the status code and its reason phrase ({@code "404 Not Found"}). */
final class HttpStatusText {

    private HttpStatusText() {
    }

    static String line(int status) {
        String phrase;
        switch (status) {
            case 200: phrase = "OK"; break;
            case 201: phrase = "Created"; break;
            case 202: phrase = "Accepted"; break;
            case 204: phrase = "No Content"; break;
            case 301: phrase = "Moved Permanently"; break;
            case 302: phrase = "Found"; break;
            case 303: phrase = "See Other"; break;
            case 304: phrase = "Not Modified"; break;
            case 307: phrase = "Temporary Redirect"; break;
            case 308: phrase = "Permanent Redirect"; break;
            case 400: phrase = "Bad Request"; break;
            case 401: phrase = "Unauthorized"; break;
            case 403: phrase = "Forbidden"; break;
            case 404: phrase = "Not Found"; break;
            case 405: phrase = "Method Not Allowed"; break;
            case 409: phrase = "Conflict"; break;
            case 413: phrase = "Payload Too Large"; break;
            case 415: phrase = "Unsupported Media Type"; break;
            case 422: phrase = "Unprocessable Content"; break;
            case 429: phrase = "Too Many Requests"; break;
            case 500: phrase = "Internal Server Error"; break;
            case 502: phrase = "Bad Gateway"; break;
            case 503: phrase = "Service Unavailable"; break;
            case 504: phrase = "Gateway Timeout"; break;
            default: return Integer.toString(status);
        }
        return status + " " + phrase;
    }
}
