export declare const TEMPLATE_ENV: 'SEBAYA_TEST_TEMPLATE_DATABASE';
export declare function templateUrl(name: string): string;
