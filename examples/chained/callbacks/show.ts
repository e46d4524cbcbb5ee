export default function show({ country, city }: { country: string | number | null; city: string | number | null }): string {
  if (country === null) return 'Choose a country.';
  if (city === null) return `Choose a city in ${country}.`;
  return `${city} is a city in ${country}.`;
}
