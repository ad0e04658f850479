CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `login_failures` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`first_at` text NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- User names become unique ignoring case; an older database may hold "Office" beside "office": the later one is renamed (name-id) rather than the upgrade failing.
UPDATE `users` SET `username` = `username` || '-' || `id` WHERE EXISTS (SELECT 1 FROM `users` `u` WHERE lower(`u`.`username`) = lower(`users`.`username`) AND `u`.`id` < `users`.`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_nocase` ON `users` (lower("username"));--> statement-breakpoint
ALTER TABLE `student_status_events` ADD `voided_at` text;--> statement-breakpoint
ALTER TABLE `student_status_events` ADD `voided_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `student_status_events` ADD `void_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `student_status_events` ADD `corrects_id` integer;--> statement-breakpoint
ALTER TABLE `students` ADD `student_no` text;--> statement-breakpoint
CREATE UNIQUE INDEX `students_student_no_unique` ON `students` (`student_no`);