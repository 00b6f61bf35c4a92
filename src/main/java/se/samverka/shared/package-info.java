/** Value types used by every module: e-mail addresses, phone numbers, kinds of help. No services. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.samverka.shared;
