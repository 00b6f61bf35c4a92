package se.samverka.account;

/** What an account may do. Staff roles log in with a password; volunteers with a one-time link. */
public enum Role {
	ADMIN, COORDINATOR, VOLUNTEER;

	public boolean isStaff() {
		return this != VOLUNTEER;
	}
}
