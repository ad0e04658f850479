CREATE TABLE `placements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`company_id` integer,
	`industry` text DEFAULT '' NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`province` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`destination` text,
	`related_to_major` integer DEFAULT false NOT NULL,
	`start_date` text,
	`monthly_salary_fen` integer,
	`contract_kind` text,
	`social_insurance` integer DEFAULT false NOT NULL,
	`channel` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placements_student_id_unique` ON `placements` (`student_id`);