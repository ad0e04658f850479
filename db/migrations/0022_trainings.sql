CREATE TABLE `trainings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`region` text NOT NULL,
	`project_id` integer,
	`participants` integer NOT NULL,
	`registered_participants` integer NOT NULL,
	`organiser` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "trainings_dates" CHECK("trainings"."end_date" >= "trainings"."start_date"),
	CONSTRAINT "trainings_counts" CHECK("trainings"."participants" > 0 AND "trainings"."registered_participants" >= 0 AND "trainings"."registered_participants" <= "trainings"."participants")
);
--> statement-breakpoint
CREATE INDEX `trainings_start` ON `trainings` (`start_date`);--> statement-breakpoint
CREATE INDEX `trainings_project` ON `trainings` (`project_id`);