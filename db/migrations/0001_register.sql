CREATE TABLE `classes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`major_id` integer,
	`cohort_id` integer,
	`head_teacher_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`major_id`) REFERENCES `majors`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`head_teacher_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `classes_name_unique` ON `classes` (`name`);--> statement-breakpoint
CREATE INDEX `classes_major` ON `classes` (`major_id`);--> statement-breakpoint
CREATE INDEX `classes_cohort` ON `classes` (`cohort_id`);--> statement-breakpoint
CREATE TABLE `cohorts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`intake_year` integer NOT NULL,
	`name` text NOT NULL,
	`planned_size` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohorts_project_year` ON `cohorts` (`project_id`,`intake_year`);--> statement-breakpoint
CREATE TABLE `majors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `majors_name_unique` ON `majors` (`name`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`partner_province` text DEFAULT '' NOT NULL,
	`partner_city` text DEFAULT '' NOT NULL,
	`partner_county` text DEFAULT '' NOT NULL,
	`partner_school` text DEFAULT '' NOT NULL,
	`agreement_date` text,
	`model` text DEFAULT 'full_time' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_name_unique` ON `projects` (`name`);--> statement-breakpoint
CREATE TABLE `student_status_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`event` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`date` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`user_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `status_events_student` ON `student_status_events` (`student_id`,`date`);--> statement-breakpoint
CREATE TABLE `students` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`gender` text NOT NULL,
	`ethnicity` text DEFAULT '' NOT NULL,
	`id_number` text NOT NULL,
	`birth_date` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`home_province` text DEFAULT '' NOT NULL,
	`home_city` text DEFAULT '' NOT NULL,
	`home_county` text DEFAULT '' NOT NULL,
	`home_town` text DEFAULT '' NOT NULL,
	`home_village` text DEFAULT '' NOT NULL,
	`poverty_status` text NOT NULL,
	`guardian_name` text DEFAULT '' NOT NULL,
	`guardian_relation` text DEFAULT '' NOT NULL,
	`guardian_phone` text DEFAULT '' NOT NULL,
	`prior_education` text NOT NULL,
	`project_id` integer NOT NULL,
	`cohort_id` integer NOT NULL,
	`major_id` integer,
	`level` text NOT NULL,
	`class_id` integer,
	`enrolment_date` text NOT NULL,
	`expected_graduation` text,
	`counsellor_id` integer,
	`dormitory` integer DEFAULT false NOT NULL,
	`bank_name` text DEFAULT '' NOT NULL,
	`bank_account` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'enrolled' NOT NULL,
	`status_date` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`major_id`) REFERENCES `majors`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`counsellor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `students_id_number_unique` ON `students` (`id_number`);--> statement-breakpoint
CREATE INDEX `students_name` ON `students` (`name`);--> statement-breakpoint
CREATE INDEX `students_project` ON `students` (`project_id`);--> statement-breakpoint
CREATE INDEX `students_cohort` ON `students` (`cohort_id`);--> statement-breakpoint
CREATE INDEX `students_major` ON `students` (`major_id`);--> statement-breakpoint
CREATE INDEX `students_class` ON `students` (`class_id`);--> statement-breakpoint
CREATE INDEX `students_counsellor` ON `students` (`counsellor_id`);--> statement-breakpoint
CREATE INDEX `students_status` ON `students` (`status`);