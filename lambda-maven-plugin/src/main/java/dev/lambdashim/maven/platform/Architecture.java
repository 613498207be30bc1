package dev.lambdashim.maven.platform;

import dev.lambdashim.maven.error.LambdaShimException;

import java.util.Locale;

/** The instruction set a function runs on, as Lambda names it. */
public enum Architecture {
    X86_64("x86_64", "linux/amd64"),
    ARM64("arm64", "linux/arm64");

    private final String lambdaName;
    private final String dockerPlatform;

    Architecture(String lambdaName, String dockerPlatform) {
        this.lambdaName = lambdaName;
        this.dockerPlatform = dockerPlatform;
    }

    /**
     * @throws LambdaShimException naming {@code <architecture>} when the value is neither {@code x86_64} nor
     *     {@code arm64}
     */
    public static Architecture parse(String value) throws LambdaShimException {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "x86_64":
            case "amd64":
                return X86_64;
            case "arm64":
            case "aarch64":
                return ARM64;
            default:
                throw new LambdaShimException("<architecture> (-Dlambda.architecture) is '" + value
                        + "': Lambda supports x86_64 and arm64");
        }
    }

    /**
     * The architecture of a machine as it names itself ({@code uname -m}, Java's {@code os.arch}, Docker's
     * {@code Architecture}), or {@code null} when it is neither of Lambda's.
     */
    public static Architecture ofMachine(String machine) {
        try {
            return parse(machine);
        } catch (LambdaShimException other) {
            return null;
        }
    }

    /** The name Lambda and SAM use: {@code x86_64} or {@code arm64}. */
    public String lambdaName() {
        return lambdaName;
    }

    /** The Docker platform of images for this architecture. */
    public String dockerPlatform() {
        return dockerPlatform;
    }
}
