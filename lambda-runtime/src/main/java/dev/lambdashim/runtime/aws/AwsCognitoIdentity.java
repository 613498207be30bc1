package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.CognitoIdentity;

/** AWS's {@link CognitoIdentity} over the runtime's own. */
final class AwsCognitoIdentity implements CognitoIdentity {

    private final dev.lambdashim.core.CognitoIdentity identity;

    AwsCognitoIdentity(dev.lambdashim.core.CognitoIdentity identity) {
        this.identity = identity;
    }

    @Override
    public String getIdentityId() {
        return identity.identityId();
    }

    @Override
    public String getIdentityPoolId() {
        return identity.identityPoolId();
    }
}
