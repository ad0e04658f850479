CREATE TABLE `warning_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`reasons_key` text NOT NULL,
	`note` text NOT NULL,
	`reviewed_by` integer NOT NULL,
	`reviewed_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `warning_reviews_student` ON `warning_reviews` (`student_id`,`reviewed_at`);