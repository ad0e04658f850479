CREATE TABLE `imported_placements` (
	`import_id` integer NOT NULL,
	`placement_id` integer NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`version` integer NOT NULL,
	PRIMARY KEY(`import_id`, `placement_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `imports` ADD `batch_id` integer REFERENCES allowance_batches(id) ON DELETE set null;--> statement-breakpoint
-- A paid batch is never deleted, but for the one an imported 发放表 made, when that import is undone (imports.batch_id names it until then).
DROP TRIGGER `allowance_batches_locked_delete`;--> statement-breakpoint
CREATE TRIGGER `allowance_batches_locked_delete` BEFORE DELETE ON `allowance_batches`
WHEN OLD.`status` IN ('approved', 'paid') AND NOT EXISTS (SELECT 1 FROM `imports` WHERE `batch_id` = OLD.`id`)
BEGIN SELECT RAISE(ABORT, 'allowance batch locked: approved or paid'); END;
