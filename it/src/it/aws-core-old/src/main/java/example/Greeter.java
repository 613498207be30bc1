package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A POJO handler on the oldest handler API: a bean in, a bean out, through AWS's serialization. */
public class Greeter implements RequestHandler<Greeter.Person, Greeter.Greeting> {

    public static class Person {
        private String name;
        private int age;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public int getAge() { return age; }
        public void setAge(int age) { this.age = age; }
    }

    public static class Greeting {
        private String message;
        private int nextAge;
        private String function;

        public String getMessage() { return message; }
        public void setMessage(String message) { this.message = message; }
        public int getNextAge() { return nextAge; }
        public void setNextAge(int nextAge) { this.nextAge = nextAge; }
        public String getFunction() { return function; }
        public void setFunction(String function) { this.function = function; }
    }

    @Override
    public Greeting handleRequest(Person person, Context context) {
        context.getLogger().log("greeting " + person.getName());
        Greeting greeting = new Greeting();
        greeting.setMessage("Hello, " + person.getName());
        greeting.setNextAge(person.getAge() + 1);
        greeting.setFunction(context.getFunctionName() + " " + context.getMemoryLimitInMB());
        return greeting;
    }
}
