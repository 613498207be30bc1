package dev.lambdashim.core;

/**
 * The Amazon Cognito identity that invoked the function through the AWS Mobile SDK.
 *
 * @param identityId the authenticated Cognito identity, or {@code null} when Lambda sent none
 * @param identityPoolId the Cognito identity pool, or {@code null} when Lambda sent none
 */
public record CognitoIdentity(String identityId, String identityPoolId) {
}
