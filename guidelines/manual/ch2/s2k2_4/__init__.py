"""§2K2.4: use of a firearm, armor-piercing ammunition, or explosive during or in relation to certain crimes."""
