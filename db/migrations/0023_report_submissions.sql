CREATE TABLE `report_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`recipient` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`columns` text NOT NULL,
	`report` text NOT NULL,
	`ids` text NOT NULL,
	`sha256` text NOT NULL,
	`supersedes` integer,
	`supersede_reason` text DEFAULT '' NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`supersedes`) REFERENCES `report_submissions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `report_submissions_year` ON `report_submissions` (`year`);--> statement-breakpoint
CREATE INDEX `report_submissions_supersedes` ON `report_submissions` (`supersedes`);--> statement-breakpoint
-- A submission is the report as sent: never changed or deleted, only superseded by a newer one.
CREATE TRIGGER `report_submissions_no_update` BEFORE UPDATE ON `report_submissions`
BEGIN SELECT RAISE(ABORT, 'report submission frozen: never changed'); END;--> statement-breakpoint
CREATE TRIGGER `report_submissions_no_delete` BEFORE DELETE ON `report_submissions`
BEGIN SELECT RAISE(ABORT, 'report submission frozen: never deleted'); END;
