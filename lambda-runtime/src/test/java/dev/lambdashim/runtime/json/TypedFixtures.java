package dev.lambdashim.runtime.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Users' types for TypedJsonTest: what TypedJson binds, and what it must leave to databind. */
final class TypedFixtures {

    private TypedFixtures() {
    }

    enum Status { NEW, SHIPPED, CANCELLED { } }

    public record Line(String sku, int quantity, BigDecimal price, Optional<String> note) {
    }

    public record Order(String id, long customer, boolean gift, double weight, Integer priority, Status status,
            Instant placed, LocalDate due, List<Line> lines, Map<String, String> tags, Set<String> labels,
            Map<String, List<Integer>> batches, Optional<Line> featured, BigInteger serial, Object extra,
            Map<String, Object> attributes) {
    }

    public record Page<T>(List<T> items, String next, int count) {
    }

    public record Tree(String name, List<Tree> children) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Renamed(@JsonProperty("Name") String name, @JsonProperty("is-ok") Boolean ok, Tree tree) {
    }

    /** An {@code is} component, as bench's API Gateway record has: named by the component, not the getter rule. */
    public record Flagged(boolean isBase64Encoded, Boolean isActive, String body) {
    }

    public record Checked(String id) {
        public Checked {
            if (id != null && id.isEmpty()) {
                throw new IllegalArgumentException("id must not be empty");
            }
        }
    }

    /** A JavaBean: getters with fields, setters. */
    public static class Customer {
        private String name;
        private int age;
        private boolean vip;
        private List<String> emails;
        private Status status;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getAge() {
            return age;
        }

        public void setAge(int age) {
            this.age = age;
        }

        public boolean isVip() {
            return vip;
        }

        public void setVip(boolean vip) {
            this.vip = vip;
        }

        public List<String> getEmails() {
            return emails;
        }

        public void setEmails(List<String> emails) {
            this.emails = emails;
        }

        public Status getStatus() {
            return status;
        }

        public void setStatus(Status status) {
            this.status = status;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Customer && Objects.equals(name, ((Customer) o).name) && age == ((Customer) o).age
                    && vip == ((Customer) o).vip && Objects.equals(emails, ((Customer) o).emails)
                    && status == ((Customer) o).status;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age);
        }

        @Override
        public String toString() {
            return "Customer[" + name + ", " + age + ", " + vip + ", " + emails + ", " + status + "]";
        }
    }

    public record Wrapper(Customer customer, Page<Line> lines) {
    }

    // Types databind alone must bind: each carries something TypedJson does not decide.

    public record Ignoring(String a, @JsonIgnore String b) {
    }

    public record Creating(String a) {
        @JsonCreator
        static Creating of(@JsonProperty("x") String x) {
            return new Creating(x);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
    @JsonSubTypes(@JsonSubTypes.Type(value = Dog.class, name = "dog"))
    public interface Animal {
    }

    public record Dog(String name) implements Animal {
    }

    public record Kennel(Animal resident) {
    }

    public record Required(@JsonProperty(value = "a", required = true) String a) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record NonEmpty(String a) {
    }

    enum Coded {
        ONE;

        @JsonValue
        int code() {
            return 1;
        }
    }

    public record WithCoded(Coded coded) {
    }

    public record WithFloat(float f) {
    }

    public record WithArray(String[] values) {
    }

    public record WithIntKeys(Map<Integer, String> byId) {
    }

    public record ExtraGetter(String a) {
        public String getB() {
            return "b";
        }
    }

    /** A bean with a getter and no setter: databind would set its field. */
    public static class ReadOnly {
        private String a;

        public String getA() {
            return a;
        }
    }

    /** A bean with a getter that has no field: databind orders it by method, not decided here. */
    public static class Computed {
        private String a;

        public String getA() {
            return a;
        }

        public void setA(String a) {
            this.a = a;
        }

        public String getUpper() {
            return a == null ? null : a.toUpperCase();
        }
    }
}
