"""The statutes of conviction: penalties by era (21 U.S.C. §§ 841, 960; 18 U.S.C. § 924(c) and others)."""
