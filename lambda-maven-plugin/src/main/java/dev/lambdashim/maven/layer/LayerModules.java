package dev.lambdashim.maven.layer;

import dev.lambdashim.maven.error.LambdaPackagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the configured module names before anything is built: each a Java module name, as jlink takes it. */
public final class LayerModules {

    private static final Pattern MODULE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private LayerModules() {
    }

    /** @return the names, stripped and without duplicates, in the order given */
    public static List<String> check(List<String> modules) throws LambdaPackagingException {
        List<String> names = new ArrayList<>();
        if (modules == null) {
            return names;
        }
        for (String module : modules) {
            String name = module == null ? "" : module.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!MODULE.matcher(name).matches()) {
                throw new LambdaPackagingException("<modules> (-Dlambda.layerModules) holds '" + module + "', which is"
                        + " not a Java module name: give names such as java.net.http or java.xml (java --list-modules"
                        + " lists them)");
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
