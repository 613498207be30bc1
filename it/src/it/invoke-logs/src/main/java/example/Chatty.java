package example;

import java.util.logging.Logger;

public class Chatty {

    public static String handle() {
        System.out.println("first line\nsecond line of the same record");
        new IllegalStateException("shown, not thrown").printStackTrace();
        Logger.getLogger("chatty").warning("a JUL record");
        return "logged";
    }
}
