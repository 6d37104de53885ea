"""The statutes the §2K2.2 of 1989-1991 names ((a)(1), (b)(3)), as the case file gives them:
sections of 18 U.S.C., and 26 U.S.C. § 5861. Its facts and §2K2.1's ``distribution`` (the
1989-1991 §2K2.1(c)(1)) read them; a module of its own, so that neither builds the other's."""

STATUTES = ("922(b)(1)", "922(b)(2)", "922(d)", "922(o)", "26 U.S.C. § 5861", "other")
