CREATE TABLE `allowance_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_no` text NOT NULL,
	`policy_id` integer NOT NULL,
	`period` text NOT NULL,
	`academic_year` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`prepared_by` integer NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `allowance_policies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`prepared_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allowance_batches_batch_no_unique` ON `allowance_batches` (`batch_no`);--> statement-breakpoint
CREATE INDEX `allowance_batches_policy` ON `allowance_batches` (`policy_id`,`period`);--> statement-breakpoint
CREATE TABLE `allowance_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	`proposed_fen` integer,
	`reason` text DEFAULT '' NOT NULL,
	`reverses_line_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `allowance_batches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reverses_line_id`) REFERENCES `allowance_lines`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allowance_lines_batch_student` ON `allowance_lines` (`batch_id`,`student_id`) WHERE reverses_line_id IS NULL;--> statement-breakpoint
CREATE INDEX `allowance_lines_batch` ON `allowance_lines` (`batch_id`);--> statement-breakpoint
CREATE INDEX `allowance_lines_student` ON `allowance_lines` (`student_id`);--> statement-breakpoint
ALTER TABLE `students` ADD `bank_account_name` text DEFAULT '' NOT NULL;