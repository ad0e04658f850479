CREATE TABLE `internship_visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`internship_id` integer NOT NULL,
	`visited_on` text NOT NULL,
	`visitor` text NOT NULL,
	`method` text NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`rating` text,
	`recorded_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`internship_id`) REFERENCES `internships`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `internship_visits_internship` ON `internship_visits` (`internship_id`,`visited_on`);