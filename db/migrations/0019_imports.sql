CREATE TABLE `imported_students` (
	`import_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`version` integer NOT NULL,
	PRIMARY KEY(`import_id`, `student_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`sheet_name` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`created` integer NOT NULL,
	`updated` integer NOT NULL,
	`unchanged` integer NOT NULL,
	`skipped` integer NOT NULL,
	`backup_file` text,
	`undone_at` text,
	`undone_by` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
