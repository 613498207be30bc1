package example;

public class Worker {

    public static String handle() {
        return "worked";
    }
}
