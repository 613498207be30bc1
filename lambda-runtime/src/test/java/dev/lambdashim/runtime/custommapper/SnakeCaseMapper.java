package dev.lambdashim.runtime.custommapper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/** A user's own ObjectMapper, found through ServiceLoader: snake_case names in and out. */
public class SnakeCaseMapper extends ObjectMapper {

    public SnakeCaseMapper() {
        setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
