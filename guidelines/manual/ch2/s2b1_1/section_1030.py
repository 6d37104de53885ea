"""A subsection of 18 U.S.C. § 1030 of conviction, as the special instructions of 1997-2002
name them (§2F1.1(c)(1) "(a)(4)", §2B1.3(d)(1) "(a)(5)", §2B1.1(d)(1) "(a)(4) or (5)"). Its own
module so that §2B1.3's facts read it without importing §2B1.1's (which nest §2K1.4's, which
nest §2B1.3's)."""

from typing import Literal

Section1030Subsection = Literal["(a)(1)", "(a)(2)", "(a)(3)", "(a)(4)", "(a)(5)", "(a)(6)",
                                "(a)(7)"]
