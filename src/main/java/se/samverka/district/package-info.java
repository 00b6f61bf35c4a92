/** The municipality's districts (localities), their centroids and which districts neighbour each other. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package se.samverka.district;
