/**
 * Resource groups: the municipality's frivilliga resursgrupp (FRG) and other trained groups, a register of their
 * members (from the volunteer register) with each member's training, and group call-outs that ask the members through
 * the one asking engine ({@code callout}) and keep a live roll of who comes, checks in and checks out.
 * {@link se.samverka.resourcegroup.ResourceGroups} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "callout", "volunteer", "crisis", "district", "audit"})
package se.samverka.resourcegroup;
