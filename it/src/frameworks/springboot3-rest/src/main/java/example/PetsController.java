package example;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A small REST API: a health route, a collection with a query parameter, an item by id, a JSON body posted. */
@RestController
public class PetsController {

    /** A pet; a record, read and written by Jackson through its constructor's parameter names. */
    public record Pet(String id, String name, String breed, int age) {
    }

    private final Map<String, Pet> pets = new ConcurrentHashMap<>(Map.of(
            "1", new Pet("1", "Rex", "Beagle", 3), "2", new Pet("2", "Mia", "Siamese", 5)));

    @GetMapping("/ping")
    public Map<String, String> ping() {
        return Map.of("pong", "Hello, World!");
    }

    @GetMapping("/pets")
    public List<Pet> pets(@RequestParam(name = "limit", defaultValue = "10") int limit) {
        return pets.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).limit(limit).toList();
    }

    @GetMapping("/pets/{id}")
    public ResponseEntity<Pet> pet(@PathVariable("id") String id) {
        Pet pet = pets.get(id);
        return pet == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(pet);
    }

    @PostMapping("/pets")
    public ResponseEntity<Pet> add(@RequestBody Pet pet) {
        return ResponseEntity.status(HttpStatus.CREATED).body(pet);
    }
}
