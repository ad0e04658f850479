CREATE TABLE `report_submission_files` (
	`submission_id` integer PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` blob NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `report_submissions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
-- The PDF as sent belongs to the frozen submission: never changed or deleted once attached.
CREATE TRIGGER `report_submission_files_no_update` BEFORE UPDATE ON `report_submission_files`
BEGIN SELECT RAISE(ABORT, 'report submission frozen: its PDF is never changed'); END;--> statement-breakpoint
CREATE TRIGGER `report_submission_files_no_delete` BEFORE DELETE ON `report_submission_files`
BEGIN SELECT RAISE(ABORT, 'report submission frozen: its PDF is never deleted'); END;
