CREATE TABLE `allowance_batch_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`action` text NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `allowance_batches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `allowance_batch_steps_batch` ON `allowance_batch_steps` (`batch_id`);--> statement-breakpoint
CREATE TABLE `allowance_objections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`line_id` integer NOT NULL,
	`received_on` text NOT NULL,
	`content` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`line_id`) REFERENCES `allowance_lines`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `allowance_objections_line` ON `allowance_objections` (`line_id`);--> statement-breakpoint
ALTER TABLE `allowance_batches` ADD `notice_from` text;--> statement-breakpoint
ALTER TABLE `allowance_batches` ADD `paid_on` text;--> statement-breakpoint
ALTER TABLE `allowance_batches` ADD `bank_ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Approved and paid batches are locked in the database itself, whatever code runs: a paid line is corrected by a reversal in a later batch.
CREATE TRIGGER `allowance_lines_locked_insert` BEFORE INSERT ON `allowance_lines`
WHEN (SELECT `status` FROM `allowance_batches` WHERE `id` = NEW.`batch_id`) IN ('approved', 'paid')
BEGIN SELECT RAISE(ABORT, 'allowance batch locked: approved or paid'); END;--> statement-breakpoint
CREATE TRIGGER `allowance_lines_locked_update` BEFORE UPDATE ON `allowance_lines`
WHEN (SELECT `status` FROM `allowance_batches` WHERE `id` = OLD.`batch_id`) IN ('approved', 'paid')
BEGIN SELECT RAISE(ABORT, 'allowance batch locked: approved or paid'); END;--> statement-breakpoint
CREATE TRIGGER `allowance_lines_locked_delete` BEFORE DELETE ON `allowance_lines`
WHEN (SELECT `status` FROM `allowance_batches` WHERE `id` = OLD.`batch_id`) IN ('approved', 'paid')
BEGIN SELECT RAISE(ABORT, 'allowance batch locked: approved or paid'); END;--> statement-breakpoint
CREATE TRIGGER `allowance_batches_paid_update` BEFORE UPDATE ON `allowance_batches`
WHEN OLD.`status` = 'paid'
BEGIN SELECT RAISE(ABORT, 'allowance batch locked: paid'); END;--> statement-breakpoint
CREATE TRIGGER `allowance_batches_locked_delete` BEFORE DELETE ON `allowance_batches`
WHEN OLD.`status` IN ('approved', 'paid')
BEGIN SELECT RAISE(ABORT, 'allowance batch locked: approved or paid'); END;
